package main

import (
	"testing"
	"testing/synctest"
)

func TestRunInBubble(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		t.Run("sub", func(t *testing.T) {})
	})
}
