package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Message struct {
	Topic string
	Body  string
}

type Broker struct {
	mu     sync.RWMutex
	subs   map[string][]chan Message
	closed bool
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan Message{}} }

func (b *Broker) Subscribe(topic string, buf int) <-chan Message {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan Message, buf)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic, body string) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		return 0
	}
	n := 0
	for _, ch := range b.subs[topic] {
		ch <- Message{topic, body}
		n++
	}
	return n
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	for _, list := range b.subs {
		for _, ch := range list {
			close(ch)
		}
	}
}

func main() {
	b := NewBroker()
	var wg sync.WaitGroup
	var mu sync.Mutex
	received := map[string][]string{}
	listen := func(name string, ch <-chan Message) {
		defer wg.Done()
		for m := range ch {
			mu.Lock()
			received[name] = append(received[name], m.Topic+":"+m.Body)
			mu.Unlock()
		}
	}
	wg.Add(3)
	go listen("alice", b.Subscribe("news", 1))
	go listen("bob", b.Subscribe("news", 0))
	go listen("carol", b.Subscribe("sports", 4))

	fmt.Println("delivered", b.Publish("news", "go 1.27 released"))
	fmt.Println("delivered", b.Publish("sports", "final score 2-1"))
	fmt.Println("delivered", b.Publish("weather", "sunny"))
	fmt.Println("delivered", b.Publish("news", "chanlab ships"))
	b.Close()
	wg.Wait()
	fmt.Println("after close:", b.Publish("news", "ignored"))

	names := make([]string, 0, len(received))
	for n := range received {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s <- %s\n", n, strings.Join(received[n], " | "))
	}
}
