package main

import (
	"context"
	"testing"
)

func setup(t *testing.T, name string) {
	t.Helper()
	t.Log("setup", name)
	t.Cleanup(func() { t.Log("cleanup", name) })
}

func TestCleanupOrder(t *testing.T) {
	setup(t, "first")
	setup(t, "second")
	defer t.Log("defer runs before cleanups")
	t.Run("sub", func(t *testing.T) {
		setup(t, "sub")
	})
	t.Log("end of test")
}

func TestContextCanceledBeforeCleanup(t *testing.T) {
	ctx := t.Context()
	t.Cleanup(func() {
		t.Log("in cleanup, ctx.Err() =", ctx.Err())
	})
	if ctx.Err() != nil {
		t.Fatal("context canceled too early")
	}
}

func TestCleanupAfterFatal(t *testing.T) {
	t.Cleanup(func() { t.Log("cleanup still runs") })
	t.Fatal("fatal")
}
