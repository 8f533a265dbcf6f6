package main

import (
	"slices"
	"testing"
)

func TestSquareAll(t *testing.T) {
	got := SquareAll([]int{1, 2, 3, 4, 5})
	want := []int{1, 4, 9, 16, 25}
	if !slices.Equal(got, want) {
		t.Errorf("SquareAll([1 2 3 4 5]) = %v, want %v", got, want)
	}
}
