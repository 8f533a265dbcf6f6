package main

import (
	"context"
	"fmt"
)

// Primes sends 2, 3, 5, 7, 11, ... on the returned channel until ctx is
// cancelled, then closes the channel.
func Primes(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := 2; ; n++ {
			if !isPrime(n) {
				continue
			}
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func isPrime(n int) bool {
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return n >= 2
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	primes := Primes(ctx)
	for range 10 {
		fmt.Println(<-primes)
	}
	cancel()
}
