package main

import (
	"testing"
	"testing/synctest"
	"time"
)

func TestNoInputs(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		if got := collect(Merge()); len(got) != 0 {
			t.Fatalf("Merge() gave %v, want nothing", got)
		}
	})
}

func TestManyInputsEndingTogether(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var inputs []<-chan int
		for i := range 10 {
			inputs = append(inputs, slowly(time.Second, i, i+100))
		}
		if got := collect(Merge(inputs...)); len(got) != 20 {
			t.Fatalf("got %d values from 10 inputs of 2, want 20", len(got))
		}
	})
}

func TestEmptyInputs(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		got := collect(Merge(slowly(time.Second), slowly(time.Second, 5), slowly(time.Second)))
		if len(got) != 1 || got[0] != 5 {
			t.Fatalf("got %v, want [5]", got)
		}
	})
}
