// fmt calls a Duration's String method (Go code) from goroutines, for whole and fractional
// durations (lessons-d: such callbacks run without parallel mode's preemption points).
package main

import (
	"fmt"
	"sync"
	"time"
)

type celsius float64

func (c celsius) String() string {
	digits := make([]byte, 0, 8)
	digits = fmt.Appendf(digits, "%.1f", float64(c))
	return string(digits) + "°C"
}

func main() {
	ds := []time.Duration{0, 1500 * time.Microsecond, 399 * time.Millisecond, 2*time.Second + 250*time.Millisecond, 90 * time.Minute}
	out := make([]string, len(ds))
	var wg sync.WaitGroup
	for i, d := range ds {
		wg.Go(func() { out[i] = fmt.Sprintf("%v|%s|%d", d, d, d) })
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
	fmt.Println(celsius(21.55), []celsius{1, -3.25})
}
