package main

import "testing"

func TestSquareAllEmpty(t *testing.T) {
	if got := SquareAll(nil); len(got) != 0 {
		t.Errorf("SquareAll(nil) = %v, want an empty slice", got)
	}
}

func TestSquareAllMany(t *testing.T) {
	nums := make([]int, 500)
	for i := range nums {
		nums[i] = i - 250
	}
	got := SquareAll(nums)
	if len(got) != len(nums) {
		t.Fatalf("got %d results for %d numbers", len(got), len(nums))
	}
	for i, n := range nums {
		if got[i] != n*n {
			t.Fatalf("result %d = %d, want %d (%d squared)", i, got[i], n*n, n)
		}
	}
}
