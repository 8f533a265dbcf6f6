package main

import "testing"

func TestCountOne(t *testing.T) {
	if got := Count(1); got != 1 {
		t.Errorf("Count(1) = %d", got)
	}
}

func TestCountMany(t *testing.T) {
	Count(2)
}

func TestAfterRace(t *testing.T) {
	t.Log("a later test is not blamed")
}
