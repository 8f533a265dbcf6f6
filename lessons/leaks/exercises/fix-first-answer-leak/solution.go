package main

import (
	"fmt"
	"time"
)

// FirstAnswer asks every replica at once and returns the first answer.
func FirstAnswer(replicas ...func() string) string {
	// Room for every answer: a replica's send completes even when nobody will
	// receive it, so each goroutine returns. The unread answers are collected
	// with the channel.
	answers := make(chan string, len(replicas))
	for _, ask := range replicas {
		go func() {
			answers <- ask()
		}()
	}
	return <-answers
}

// replica returns a replica that answers with name after delay.
func replica(name string, delay time.Duration) func() string {
	return func() string {
		time.Sleep(delay)
		return name
	}
}

func main() {
	fmt.Println(FirstAnswer(
		replica("eu", 30*time.Millisecond),
		replica("us", 10*time.Millisecond),
		replica("asia", 20*time.Millisecond),
	))
}
