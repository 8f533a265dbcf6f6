package main

import (
	"errors"
	"fmt"
	"time"
)

type retryError struct {
	attempts int
	last     error
}

func (e *retryError) Error() string {
	return fmt.Sprintf("gave up after %d attempts: %v", e.attempts, e.last)
}

func (e *retryError) Unwrap() error { return e.last }

var errFlaky = errors.New("flaky backend")

func retry(n int, f func(int) error) error {
	var err error
	for i := 1; i <= n; i++ {
		if err = f(i); err == nil {
			return nil
		}
	}
	return &retryError{n, err}
}

func main() {
	err := retry(3, func(i int) error {
		if i < 3 {
			return errFlaky
		}
		return nil
	})
	fmt.Println("first:", err)

	done := make(chan struct{})
	go func() {
		defer close(done)
		go func() {
			err := retry(2, func(int) error { return errFlaky })
			fmt.Println("second:", err, errors.Is(err, errFlaky))
			panic(err)
		}()
		time.Sleep(time.Second)
	}()
	<-done
	fmt.Println("unreachable")
}
