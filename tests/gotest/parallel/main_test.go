package main

import "testing"

func TestParallelSubtests(t *testing.T) {
	for _, name := range []string{"one", "two", "three"} {
		t.Run(name, func(t *testing.T) {
			t.Log("before Parallel", name)
			t.Parallel()
			t.Log("after Parallel", name)
		})
	}
	t.Log("sequential part done")
}

func TestTopLevelA(t *testing.T) {
	t.Parallel()
	t.Log("A")
}

func TestSequential(t *testing.T) {
	t.Log("runs before A resumes")
}

func TestTopLevelB(t *testing.T) {
	t.Parallel()
	t.Error("B fails")
}
