package main

import (
	"context"
	"testing"
	"testing/synctest"
	"time"
)

func TestClockStartsIn2000(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		t.Log(start)
		time.Sleep(90 * time.Minute)
		t.Log(time.Since(start), time.Now().Format(time.RFC3339))
	})
}

func TestTickerPolls(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		calls := 0
		n := Poll(ctx, 100*time.Millisecond, func() bool { calls++; return calls == 3 })
		if n != 3 {
			t.Errorf("Poll made %d checks, want 3", n)
		}
		t.Log("elapsed", time.Since(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)))
	})
}

func TestDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		n := Poll(ctx, time.Second, func() bool { return false })
		t.Log("checks before the deadline:", n, ctx.Err())
		d, _ := ctx.Deadline()
		t.Log("deadline", d.Format(time.TimeOnly))
	})
}

func TestWait(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		done := false
		go func() {
			time.Sleep(time.Second)
			done = true
		}()
		synctest.Wait()
		if done {
			t.Error("done before the sleep ended")
		}
		time.Sleep(time.Second)
		synctest.Wait()
		if !done {
			t.Error("not done after the sleep")
		}
	})
}

func TestAfterFunc(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		called := false
		context.AfterFunc(ctx, func() { called = true })
		cancel()
		synctest.Wait()
		t.Log("AfterFunc called:", called)
	})
}

func TestFailsInside(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		time.Sleep(time.Hour)
		t.Errorf("failed at %v", time.Now().Format(time.Kitchen))
	})
	t.Log("after the bubble")
}
