package testing

import (
	"context"
	"runtime"
)

// bubbleStart starts a synctest bubble's clock; it returns how many goroutines live
// outside the bubble.
func bubbleStart() int

// bubbleEnd stops the bubble's clock and deadlock watch.
func bubbleEnd()

// watchDeadlock sends true on c when every goroutine is blocked and no timer is pending.
func watchDeadlock(c chan bool)

// waitIdle returns when every other goroutine is blocked.
func waitIdle()

// SynctestTest runs f in a synctest bubble as a test named like t (testing/synctest.Test
// calls it; it is not part of Go's API) and reports whether f succeeded. A bubble whose
// goroutines are all blocked with no timer to wait for panics as Go's does.
func SynctestTest(t *T, f func(*T)) bool {
	if t.cleanStart {
		panic("testing: synctest.Run called during t.Cleanup")
	}
	pauseAlarm()
	defer resumeAlarm()
	outside := bubbleStart()
	dead := make(chan bool, 1)
	watchDeadlock(dead)
	ctx, cancelCtx := context.WithCancel(context.Background())
	t2 := &T{
		common: common{
			signal:     make(chan bool, 1),
			name:       t.name,
			parent:     &t.common,
			level:      t.level + 1,
			creator:    creatorFrames(1),
			chatty:     t.chatty,
			ctx:        ctx,
			cancelCtx:  cancelCtx,
			isSynctest: true,
		},
		tstate: t.tstate,
	}
	go tRunner(t2, f)
	var signal bool
	select {
	case signal = <-t2.signal:
	case <-dead:
		bubbleEnd()
		panic(bubbleDeadlock("deadlock: all goroutines in bubble are blocked"))
	}
	waitIdle()
	if runtime.NumGoroutine() > outside {
		bubbleEnd()
		panic(bubbleDeadlock("deadlock: main bubble goroutine has exited but blocked goroutines remain"))
	}
	bubbleEnd()
	if !signal {
		runtime.Goexit()
	}
	return !t2.failed
}

// bubbleDeadlock is the panic value of a deadlocked bubble.
type bubbleDeadlock string

func (e bubbleDeadlock) Error() string { return string(e) }
