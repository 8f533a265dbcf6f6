package main

import "testing"

func check(t *testing.T, a, b, want int) {
	t.Helper()
	if got := Max(a, b); got != want {
		t.Errorf("Max(%d, %d) = %d, want %d", a, b, got, want)
	}
}

func mustBe(t *testing.T, got, want int) {
	t.Helper()
	if got != want {
		t.Fatalf("got %d, want %d", got, want)
	}
}

func TestMaxPositive(t *testing.T) {
	check(t, 1, 2, 2)
	check(t, 5, 3, 5)
}

func TestMaxNegative(t *testing.T) {
	check(t, -1, -2, -1)
	t.Log("still running after Errorf")
	mustBe(t, Max(-5, -3), -3)
	t.Log("never printed")
}

func TestSubtests(t *testing.T) {
	t.Run("ok", func(t *testing.T) {
		check(t, 2, 1, 2)
	})
	t.Run("bad", func(t *testing.T) {
		check(t, -2, 1, 1)
	})
	t.Run("fatal", func(t *testing.T) {
		t.Fatal("stop", "here")
	})
	t.Log("parent continues:", t.Failed())
}

func TestFailNow(t *testing.T) {
	defer func() { t.Log("deferred log runs") }()
	t.FailNow()
}

func expectEven(tb testing.TB, n int) {
	tb.Helper()
	if n%2 != 0 {
		tb.Errorf("%d is odd", n)
	}
}

func TestThroughTB(t *testing.T) {
	expectEven(t, 2)
	expectEven(t, 3)
	var tb testing.TB = t
	tb.Log("logged through the interface")
}
