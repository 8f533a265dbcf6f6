package main

import (
	"testing"
	"testing/synctest"
)

func TestFine(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {})
}

func TestDeadlock(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := make(chan int)
		t.Log("waiting forever")
		<-c
	})
}
