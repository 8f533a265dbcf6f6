package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct{ Name string }

func main() {
	var n int64
	var wg sync.WaitGroup
	for range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&n, 2)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n))
	var c atomic.Int32
	c.Store(5)
	fmt.Println(c.Add(3), c.Load(), c.CompareAndSwap(8, 1), c.Swap(9), c.Load())
	var u atomic.Uint64
	u.Add(^uint64(0))
	fmt.Println(u.Load())
	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(false, true))
	var p atomic.Pointer[Config]
	fmt.Println(p.Load())
	p.Store(&Config{"a"})
	old := p.Swap(&Config{"b"})
	fmt.Println(old.Name, p.Load().Name)
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("hello")
	fmt.Println(v.Load(), v.CompareAndSwap("hello", "world"), v.Load())
	var u32 uint32
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 0, 7), atomic.SwapUint32(&u32, 8), u32)
	var x atomic.Int64
	fmt.Println(x.Or(6), x.And(3), x.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(1)
	}()
}
