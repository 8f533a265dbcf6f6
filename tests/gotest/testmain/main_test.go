package main

import (
	"fmt"
	"os"
	"testing"
)

var ready bool

func TestMain(m *testing.M) {
	fmt.Println("setup")
	ready = true
	code := m.Run()
	fmt.Println("teardown, code", code)
	os.Exit(code)
}

func TestReady(t *testing.T) {
	if !ready {
		t.Fatal("TestMain did not run first")
	}
}
