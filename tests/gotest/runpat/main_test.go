package main

import "testing"

func TestAlpha(t *testing.T) {
	for _, n := range []string{"x1", "x2", "y1"} {
		t.Run(n, func(t *testing.T) { t.Log(t.Name()) })
	}
}

func TestBeta(t *testing.T) {
	t.Run("x1", func(t *testing.T) { t.Log("beta x1") })
}

func TestAlphabet(t *testing.T) {
	t.Log("alphabet")
}
