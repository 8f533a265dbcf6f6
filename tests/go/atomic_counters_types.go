package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	maxSeen  atomic.Uint64
	ready    atomic.Bool
	last     atomic.Pointer[string]
	config   atomic.Value
}

func (s *Stats) observe(v uint64) {
	for {
		cur := s.maxSeen.Load()
		if v <= cur || s.maxSeen.CompareAndSwap(cur, v) {
			return
		}
	}
}

type settings struct {
	Level int
	Name  string
}

func main() {
	var s Stats
	s.config.Store(settings{1, "initial"})
	var wg sync.WaitGroup
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.requests.Add(1)
			if i%7 == 0 {
				s.errors.Add(1)
			}
			s.observe(uint64(i * 3 % 101))
		}()
	}
	wg.Wait()
	fmt.Println("requests:", s.requests.Load(), "errors:", s.errors.Load(), "max:", s.maxSeen.Load())

	fmt.Println("ready before:", s.ready.Load(), "swap:", s.ready.Swap(true), "after:", s.ready.Load())
	fmt.Println(s.last.Load() == nil)
	name := "first"
	s.last.Store(&name)
	other := "second"
	fmt.Println(s.last.CompareAndSwap(&other, &other), *s.last.Load())
	fmt.Println(s.last.CompareAndSwap(&name, &other), *s.last.Load())

	cfg := s.config.Load().(settings)
	fmt.Printf("%+v\n", cfg)
	s.config.Store(settings{2, "updated"})
	fmt.Printf("%+v\n", s.config.Load())
	old := s.config.Swap(settings{3, "third"})
	fmt.Println(old.(settings).Name, s.config.Load().(settings).Level)

	var plain int64
	atomic.AddInt64(&plain, 10)
	atomic.AddInt64(&plain, -3)
	fmt.Println(atomic.LoadInt64(&plain), atomic.CompareAndSwapInt64(&plain, 7, 70), plain)
	var u32 uint32 = 1
	atomic.AddUint32(&u32, ^uint32(0))
	fmt.Println("decremented:", u32)
	fmt.Println("old:", atomic.SwapInt64(&plain, 1), "new:", plain)

	var flags atomic.Uint32
	flags.Or(0b1010)
	flags.And(0b0110)
	fmt.Printf("%04b\n", flags.Load())

	defer func() { fmt.Println("recovered:", recover()) }()
	s.config.Store("a string now")
}
