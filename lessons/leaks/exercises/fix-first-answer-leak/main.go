package main

import (
	"fmt"
	"time"
)

// FirstAnswer asks every replica at once and returns the first answer.
func FirstAnswer(replicas ...func() string) string {
	answers := make(chan string)
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
