package main

import (
	"testing"
	"testing/synctest"
)

func TestLeak(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := make(chan int)
		go func() { c <- 1 }()
		t.Log("returning without receiving")
	})
}
