package main

import (
	"fmt"
	"runtime"
	"testing"
	"testing/synctest"
	"time"
)

func TestFirstAnswerSingleReplica(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		if got := FirstAnswer(replica("only", 5*time.Millisecond)); got != "only" {
			t.Errorf("FirstAnswer = %q, want %q", got, "only")
		}
	})
}

func TestFirstAnswerLeavesNothingBehind(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		before := runtime.NumGoroutine()
		for call := 0; call < 50; call++ {
			var replicas []func() string
			for r := 0; r < 5; r++ {
				replicas = append(replicas, replica(fmt.Sprint(r), time.Duration(r+1)*time.Millisecond))
			}
			if got := FirstAnswer(replicas...); got != "0" {
				t.Fatalf("call %d: FirstAnswer = %q, want %q", call, got, "0")
			}
		}
		time.Sleep(time.Second)
		synctest.Wait()
		if after := runtime.NumGoroutine(); after != before {
			t.Errorf("%d goroutines before 50 calls, %d after: the slower replicas are stuck", before, after)
		}
	})
}
