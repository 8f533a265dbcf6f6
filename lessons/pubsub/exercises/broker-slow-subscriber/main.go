package main

import (
	"fmt"
	"sync"
)

// Broker delivers every published message to every subscriber.
type Broker struct {
	mu   sync.Mutex
	subs []*Sub
}

// Sub is one subscription: its messages arrive on C.
type Sub struct {
	C       chan string
	dropped int // guarded by the broker's mu
}

// Subscribe adds a subscriber whose channel holds up to buffer messages.
func (b *Broker) Subscribe(buffer int) *Sub {
	b.mu.Lock()
	defer b.mu.Unlock()
	s := &Sub{C: make(chan string, buffer)}
	b.subs = append(b.subs, s)
	return s
}

// Publish hands msg to every subscriber.
func (b *Broker) Publish(msg string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, s := range b.subs {
		s.C <- msg
	}
}

// Dropped reports how many messages s has missed.
func (b *Broker) Dropped(s *Sub) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return s.dropped
}

// Close closes every subscriber's channel.
func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, s := range b.subs {
		close(s.C)
	}
}

func main() {
	var b Broker
	news := b.Subscribe(4)
	b.Publish("hello")
	b.Publish("world")
	b.Close()
	for msg := range news.C {
		fmt.Println(msg)
	}
}
