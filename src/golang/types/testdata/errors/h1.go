package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func worker(id int, ch chan int) {}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel
	<-ctx.Done
	var mu sync.Mutex
	mu.Lock
	go worker
	go func() { fmt.Println("x") }
	var n int
	atomic.AddInt64(&n, 1)
	var c atomic.Int64
	c.Add(1.5)
	d := 2
	time.Sleep(d * time.Second)
	ch := make(chan int)
	go worker(1, ch, 2)
	fmt.Println(c.Load(), cancel)
}
