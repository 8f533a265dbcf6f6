package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	c := Counter{n: map[string]int{}}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(i) * 10 * time.Millisecond)
			c.Inc("k")
		}()
	}
	wg.Wait()
	fmt.Println(c.n["k"], time.Since(start).Round(10*time.Millisecond))
	var ops atomic.Int64
	var hits int32
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Go(func() {
			ops.Add(2)
			atomic.AddInt32(&hits, 1)
		})
	}
	wg2.Wait()
	fmt.Println(ops.Load(), atomic.LoadInt32(&hits))
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	rw.Unlock()
	mu := sync.Mutex{}
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(90)*time.Second, 2*time.Hour+3*time.Minute, time.Duration(0), 1234*time.Microsecond)
	timer := time.NewTimer(50 * time.Millisecond)
	select {
	case <-timer.C:
		fmt.Println("timer fired")
	case <-time.After(100 * time.Millisecond):
		fmt.Println("after")
	}
	t2 := time.NewTimer(time.Second)
	fmt.Println(t2.Stop(), t2.Stop())
	ticker := time.NewTicker(20 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-ticker.C
	}
	ticker.Stop()
	fmt.Println("ticks", time.Since(start).Round(time.Millisecond))
	done := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() { done <- true })
	<-done
	fmt.Println("afterfunc", time.Since(start).Round(time.Millisecond))
	cond := sync.NewCond(&sync.Mutex{})
	ready := false
	go func() {
		time.Sleep(time.Millisecond)
		cond.L.Lock()
		ready = true
		cond.L.Unlock()
		cond.Broadcast()
	}()
	cond.L.Lock()
	for !ready {
		cond.Wait()
	}
	cond.L.Unlock()
	fmt.Println("cond ok")
	var m sync.Map
	m.Store("a", 1)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	p := sync.Pool{New: func() any { return "new" }}
	fmt.Println(p.Get())
	f := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(f(), f())
}
