package main

import (
	"fmt"
	"time"
)

func main() {
	events := make(chan string)
	go func() {
		for _, e := range []string{"a", "b", "c"} {
			events <- e
			time.Sleep(5 * time.Millisecond)
		}
		time.Sleep(200 * time.Millisecond)
		events <- "d"
		close(events)
	}()
	var pending []string
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case e, ok := <-events:
			if !ok {
				fmt.Println("final flush:", pending)
				return
			}
			pending = append(pending, e)
			timer.Reset(80 * time.Millisecond)
		case <-timer.C:
			fmt.Println("flush:", pending)
			pending = nil
		}
	}
}
