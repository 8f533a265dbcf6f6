package main

import (
	"fmt"
	"time"
)

type request struct {
	id int
	at time.Duration
}

func main() {
	start := time.Now()
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)

	limiter := time.NewTicker(20 * time.Millisecond)
	defer limiter.Stop()
	var served []request
	for id := range requests {
		<-limiter.C
		served = append(served, request{id, time.Since(start)})
	}
	for i, r := range served {
		fmt.Printf("request %d served after >= %dms: %v\n", r.id, 20*(i+1), r.at >= time.Duration(20*(i+1))*time.Millisecond)
	}

	// Bursty limiter: a buffered channel of tokens refilled by a ticker.
	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	stop := make(chan struct{})
	go func() {
		t := time.NewTicker(30 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case v := <-t.C:
				select {
				case bursty <- v:
				default:
				}
			case <-stop:
				return
			}
		}
	}()
	burstStart := time.Now()
	var waits []bool
	for i := 1; i <= 5; i++ {
		<-bursty
		waits = append(waits, time.Since(burstStart) >= 20*time.Millisecond)
	}
	close(stop)
	fmt.Println("had to wait:", waits)
}
