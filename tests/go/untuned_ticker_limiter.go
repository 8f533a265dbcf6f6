// Rate limiting with time.Ticker and a bursty token channel fed by time.Tick (virtual time).
package main

import (
	"fmt"
	"time"
)

type request struct {
	id   int
	user string
}

func main() {
	start := time.Now()
	reqs := make(chan request, 8)
	users := []string{"ann", "bob", "cy"}
	for i := 1; i <= 8; i++ {
		reqs <- request{i, users[i%len(users)]}
	}
	close(reqs)

	limiter := time.NewTicker(200 * time.Millisecond)
	defer limiter.Stop()
	for r := range reqs {
		<-limiter.C
		el := time.Since(start).Round(100 * time.Millisecond)
		fmt.Printf("req %d from %-3s at %v\n", r.id, r.user, el)
	}

	// bursty limiter: 3 tokens up front, then one every 100ms
	burst := make(chan time.Time, 3)
	for range 3 {
		burst <- time.Now()
	}
	go func() {
		for t := range time.Tick(100 * time.Millisecond) {
			burst <- t
		}
	}()
	start = time.Now()
	for i := 1; i <= 6; i++ {
		<-burst
		fmt.Println("burst", i, time.Since(start).Round(50*time.Millisecond))
	}
	timer := time.NewTimer(time.Second)
	fmt.Println("stopped before firing:", timer.Stop())
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), d.Truncate(time.Second), time.Duration(90)*time.Minute)
}
