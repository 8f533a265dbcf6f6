package main

import (
	"fmt"
	"time"
)

type event struct {
	id   int
	kind string
}

func producer(out chan<- event, n int, gap time.Duration) {
	for i := 1; i <= n; i++ {
		time.Sleep(gap)
		out <- event{i, "tick"}
	}
	close(out)
}

func main() {
	events := make(chan event)
	go producer(events, 5, 10*time.Millisecond)

	timeout := time.After(500 * time.Millisecond)
	heartbeat := time.NewTicker(1 * time.Second)
	defer heartbeat.Stop()
	var got []int
loop:
	for {
		select {
		case ev, ok := <-events:
			if !ok {
				fmt.Println("producer done")
				break loop
			}
			got = append(got, ev.id)
		case <-heartbeat.C:
			fmt.Println("heartbeat (unexpected)")
		case <-timeout:
			fmt.Println("timed out")
			break loop
		}
	}
	fmt.Println("got", got)

	slow := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- "late answer"
	}()
	select {
	case s := <-slow:
		fmt.Println(s)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("gave up waiting")
	}
	fmt.Println(<-slow)

	idle := time.NewTimer(30 * time.Millisecond)
	work := make(chan int, 3)
	work <- 1
	work <- 2
	processed := 0
	for done := false; !done; {
		select {
		case w := <-work:
			processed += w
			if !idle.Stop() {
				<-idle.C
			}
			idle.Reset(30 * time.Millisecond)
		case <-idle.C:
			fmt.Println("idle after processing", processed)
			done = true
		}
	}

	start := time.Now()
	<-time.After(50 * time.Millisecond)
	fmt.Println("waited at least 50ms:", time.Since(start) >= 50*time.Millisecond)
}
