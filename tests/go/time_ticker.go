package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(20 * time.Millisecond)
	start := time.Now()
	for i := 0; i < 3; i++ {
		<-tk.C
		fmt.Println("tick", i)
	}
	tk.Stop()
	fmt.Println((time.Since(start) + 30*time.Millisecond).Truncate(60 * time.Millisecond))
	tk.Reset(10 * time.Millisecond)
	<-tk.C
	fmt.Println("after reset")
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("unexpected")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("stopped ticker is quiet")
	}
	done := time.After(250 * time.Millisecond)
	t := time.Tick(100 * time.Millisecond)
	n := 0
	for {
		select {
		case <-t:
			n++
		case <-done:
			fmt.Println("ticks:", n)
			return
		}
	}
}
