package main

import "testing"

func TestBefore(t *testing.T) {
	t.Log("runs")
}

func TestPanics(t *testing.T) {
	t.Log("about to panic")
	t.Cleanup(func() { t.Log("cleanup before the panic report") })
	t.Run("inner", func(t *testing.T) {
		var m map[string]int
		m["x"] = 1
	})
}

func TestAfter(t *testing.T) {
	t.Log("never runs")
}
