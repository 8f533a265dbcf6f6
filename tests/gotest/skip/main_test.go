package main

import "testing"

func TestSkipped(t *testing.T) {
	t.Skip("not on this machine")
	t.Log("never")
}

func TestSkipf(t *testing.T) {
	t.Skipf("skipping %d of %d", 1, 2)
}

func TestSkipNow(t *testing.T) {
	t.SkipNow()
}

func TestSomeSkipped(t *testing.T) {
	for _, name := range []string{"a", "b", "c"} {
		t.Run(name, func(t *testing.T) {
			if name == "b" {
				t.Skip("b is skipped")
			}
			if t.Skipped() {
				t.Error("not skipped")
			}
		})
	}
}

func TestErrorThenSkip(t *testing.T) {
	t.Error("an error first")
	t.Skip("then a skip")
}
