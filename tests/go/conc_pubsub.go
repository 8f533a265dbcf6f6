package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Broker struct {
	mu   sync.Mutex
	subs map[string][]chan string
}

func (b *Broker) Subscribe(topic string) <-chan string {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan string, 8)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic, msg string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, list := range b.subs {
		for _, ch := range list {
			close(ch)
		}
	}
}

func main() {
	b := &Broker{subs: map[string][]chan string{}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[string][]string{}
	for _, name := range []string{"alice", "bob"} {
		topic := "news"
		if name == "bob" {
			topic = "sports"
		}
		ch := b.Subscribe(topic)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range ch {
				mu.Lock()
				got[name] = append(got[name], m)
				mu.Unlock()
			}
		}()
	}
	b.Publish("news", "rain")
	b.Publish("sports", "goal")
	b.Publish("news", "sun")
	b.Publish("weather", "nobody listens")
	b.Close()
	wg.Wait()
	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, strings.Join(got[n], ","))
	}
}
