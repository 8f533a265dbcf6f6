// sync.Once config loading, a sync.Cond start gate, atomic Int64/Bool/Value/Uint32 and OnceValue.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Retries int
}

var (
	cfg     *Config
	cfgOnce sync.Once
	loads   atomic.Int32
)

func getConfig() *Config {
	cfgOnce.Do(func() {
		loads.Add(1)
		cfg = &Config{Name: "prod", Retries: 3}
	})
	return cfg
}

type Gate struct {
	mu   sync.Mutex
	cond *sync.Cond
	open bool
}

func NewGate() *Gate {
	g := &Gate{}
	g.cond = sync.NewCond(&g.mu)
	return g
}

func (g *Gate) Wait() {
	g.mu.Lock()
	for !g.open {
		g.cond.Wait()
	}
	g.mu.Unlock()
}

func (g *Gate) Open() {
	g.mu.Lock()
	g.open = true
	g.mu.Unlock()
	g.cond.Broadcast()
}

func main() {
	var wg sync.WaitGroup
	var hits atomic.Int64
	var waiting atomic.Int32
	gate := NewGate()
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := getConfig()
			waiting.Add(1)
			gate.Wait()
			for range 100 {
				hits.Add(int64(c.Retries))
			}
		}()
	}
	for waiting.Load() < 5 {
		runtime.Gosched()
	}
	fmt.Println("all waiting; hits so far", hits.Load())
	gate.Open()
	wg.Wait()
	fmt.Println("hits", hits.Load(), "loads", loads.Load(), *getConfig())

	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.CompareAndSwap(false, true), flag.Load())
	var v atomic.Value
	v.Store([]string{"a", "b"})
	fmt.Println(v.Load().([]string), v.Swap([]string{"c"}), v.Load())
	var u atomic.Uint32
	u.Store(1)
	fmt.Println(u.Add(^uint32(0)), u.Or(6), u.And(3), u.Load())
	once := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(once(), once())
}
