package main

import (
	"os"
	"testing"
)

func TestExitZero(t *testing.T) {
	t.Log("exiting")
	os.Exit(0)
}
