package testing

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
)

// running holds the tests running now and their start (virtual ns), for the timeout
// panic's list.
var running struct {
	mu    sync.Mutex
	start map[string]int64
}

func runningStore(name string) {
	running.mu.Lock()
	defer running.mu.Unlock()
	if running.start == nil {
		running.start = map[string]int64{}
	}
	running.start[name] = elapsed()
}

func runningDelete(name string) {
	running.mu.Lock()
	defer running.mu.Unlock()
	delete(running.start, name)
}

func runningList() []string {
	running.mu.Lock()
	defer running.mu.Unlock()
	var list []string
	for name, start := range running.start {
		d := time.Duration(elapsed() - start).Round(time.Second)
		list = append(list, fmt.Sprintf("%s (%v)", name, d))
	}
	slices.Sort(list)
	return list
}

// alarm panics when the tests run longer than -test.timeout (10m by default), as Go's
// test binary does; a synctest bubble pauses it (its fake time is not the binary's).
var alarm struct {
	timer *time.Timer
	left  time.Duration
	at    int64
}

func startAlarm() {
	if flags.timeout <= 0 {
		return
	}
	alarm.left = flags.timeout
	alarm.at = elapsed()
	alarm.timer = time.AfterFunc(flags.timeout, func() {
		extra := ""
		if list := runningList(); len(list) > 0 {
			var b strings.Builder
			b.WriteString("\nrunning tests:")
			for _, name := range list {
				b.WriteString("\n\t")
				b.WriteString(name)
			}
			extra = b.String()
		}
		panic(fmt.Sprintf("test timed out after %v%s", flags.timeout, extra))
	})
}

func stopAlarm() {
	if alarm.timer != nil {
		alarm.timer.Stop()
	}
}

func pauseAlarm() {
	if alarm.timer != nil && alarm.timer.Stop() {
		alarm.left -= time.Duration(elapsed() - alarm.at)
	}
}

func resumeAlarm() {
	if alarm.timer != nil {
		alarm.at = elapsed()
		alarm.timer.Reset(alarm.left)
	}
}
