package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type job struct {
	id   int
	data []int
}

type result struct {
	id  int
	sum int
	err error
}

func process(j job) (r result) {
	r.id = j.id
	defer func() {
		if p := recover(); p != nil {
			if re, ok := p.(runtime.Error); ok {
				r.err = fmt.Errorf("job %d: runtime error caught: %w", j.id, re)
				return
			}
			r.err = fmt.Errorf("job %d: panic: %v", j.id, p)
		}
	}()
	if len(j.data) == 0 {
		panic("empty job")
	}
	for i := 0; i <= len(j.data); i++ { // off by one on purpose for id 3
		if i == len(j.data) && j.id != 3 {
			break
		}
		r.sum += j.data[i]
	}
	r.sum /= j.data[0]
	return r
}

func main() {
	jobs := []job{
		{1, []int{1, 2, 3}},
		{2, []int{}},
		{3, []int{4, 5}},
		{4, []int{0, 1}},
		{5, []int{2, 8}},
	}
	results := make(chan result)
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- process(j)
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].id < all[b].id })
	for _, r := range all {
		if r.err != nil {
			fmt.Println("error:", r.err)
			var re runtime.Error
			fmt.Println("  runtime error:", errors.As(r.err, &re))
			continue
		}
		fmt.Println("job", r.id, "sum", r.sum)
	}
}
