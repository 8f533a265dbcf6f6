package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(5 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	start := time.Now()
	fmt.Println("reset returns", t.Reset(60*time.Millisecond))
	<-t.C
	el := time.Since(start)
	fmt.Println("received the new expiry, not a stale one:", el >= 60*time.Millisecond)
	select {
	case <-t.C:
		fmt.Println("unexpected second value")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("nothing more")
	}
	tk := time.NewTicker(10 * time.Millisecond)
	time.Sleep(55 * time.Millisecond)
	n := 0
	for {
		select {
		case <-tk.C:
			n++
			continue
		default:
		}
		break
	}
	fmt.Println("ticks buffered after a long sleep:", n)
	tk.Stop()
}
