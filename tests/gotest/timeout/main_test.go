package main

import (
	"testing"
	"testing/synctest"
	"time"
)

func TestQuick(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		time.Sleep(time.Hour)
	})
}

func TestStuck(t *testing.T) {
	t.Run("waits", func(t *testing.T) {
		t.Log("waiting for a result")
		<-Results()
	})
}
