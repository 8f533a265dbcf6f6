package main

import "testing"

func TestBroken(t *testing.T) {
	x := 1
	t.Log(y)
}
