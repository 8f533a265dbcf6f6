package main

import (
	"context"
	"fmt"
	"math"
	"sync"
	"time"
)

type Result struct {
	N     int
	Prime bool
	Took  time.Duration
}

func (r Result) String() string { return fmt.Sprintf("%d:%v", r.N, r.Prime) }

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for i := 2; i <= int(math.Sqrt(float64(n))); i++ {
		if n%i == 0 {
			return false
		}
	}
	return true
}

func pipeline(ctx context.Context, nums []int) <-chan Result {
	in := make(chan int)
	go func() {
		defer close(in)
		for _, n := range nums {
			select {
			case in <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	out := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range in {
				start := time.Now()
				time.Sleep(time.Duration(n%3) * time.Millisecond)
				select {
				case out <- Result{n, isPrime(n), time.Since(start)}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	var got []Result
	for r := range pipeline(ctx, []int{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}) {
		got = append(got, r)
	}
	fmt.Println(len(got) > 0, ctx.Err())
	fmt.Println(got)
	fmt.Printf("%v %+v\n", got[0], got[0])
	m := map[bool][]int{}
	for _, r := range got {
		m[r.Prime] = append(m[r.Prime], r.N)
	}
	fmt.Println(m)
	fmt.Printf("%.3f %8.3e %g %v\n", math.Pi, 1234.5678, math.Inf(-1), math.MaxInt8)
}
