package main

import (
	"errors"
	"fmt"
	"time"
)

// ErrTimeout is returned by FirstResult when nothing arrives in time.
var ErrTimeout = errors.New("timed out waiting for a result")

// FirstResult returns the first value received on results. It should give up with
// ErrTimeout once d has passed.
func FirstResult(results <-chan string, d time.Duration) (string, error) {
	return <-results, nil
}

func main() {
	results := make(chan string, 1)
	go func() {
		time.Sleep(2 * time.Second) // a slow backend
		results <- "done"
	}()
	v, err := FirstResult(results, 500*time.Millisecond)
	fmt.Printf("%q %v\n", v, err)
}
