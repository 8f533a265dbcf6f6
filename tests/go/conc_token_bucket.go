package main

import (
	"fmt"
	"sync"
	"time"
)

// TokenBucket refills at rate tokens per second up to capacity. Time is passed
// in so the limiter can be tested without sleeping.
type TokenBucket struct {
	mu       sync.Mutex
	capacity float64
	tokens   float64
	rate     float64
	last     time.Time
}

func NewTokenBucket(capacity int, perSecond float64, now time.Time) *TokenBucket {
	return &TokenBucket{capacity: float64(capacity), tokens: float64(capacity), rate: perSecond, last: now}
}

func (b *TokenBucket) refill(now time.Time) {
	elapsed := now.Sub(b.last).Seconds()
	if elapsed > 0 {
		b.tokens += elapsed * b.rate
		if b.tokens > b.capacity {
			b.tokens = b.capacity
		}
		b.last = now
	}
}

func (b *TokenBucket) Allow(now time.Time) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill(now)
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

func (b *TokenBucket) Tokens() float64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.tokens
}

func main() {
	start := time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)
	b := NewTokenBucket(3, 2, start)

	now := start
	var line []byte
	for i := 0; i < 12; i++ {
		if b.Allow(now) {
			line = append(line, '+')
		} else {
			line = append(line, '.')
		}
		now = now.Add(200 * time.Millisecond)
	}
	fmt.Println(string(line))
	fmt.Printf("tokens left: %.1f\n", b.Tokens())

	// A burst after a long pause is capped at the capacity.
	now = now.Add(10 * time.Second)
	allowed := 0
	for i := 0; i < 10; i++ {
		if b.Allow(now) {
			allowed++
		}
	}
	fmt.Println("burst allowed:", allowed)

	// Concurrent callers share the bucket.
	b2 := NewTokenBucket(5, 1, start)
	var wg sync.WaitGroup
	var mu sync.Mutex
	ok := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if b2.Allow(start) {
				mu.Lock()
				ok++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("concurrent allowed:", ok)
	fmt.Println("at", start.Add(1500*time.Millisecond).Format(time.Kitchen), "allow:", b2.Allow(start.Add(1500*time.Millisecond)))
}
