package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"sync"
)

type Task struct {
	ID    int
	Input float64
}

type Result struct {
	TaskID int
	Output float64
	Err    error
	Worker int
}

var ErrNegative = errors.New("negative input")

func sqrtTask(t Task) (float64, error) {
	if t.Input < 0 {
		return 0, fmt.Errorf("task %d: %w: %g", t.ID, ErrNegative, t.Input)
	}
	return math.Sqrt(t.Input), nil
}

func pool(workers int, tasks []Task) []Result {
	in := make(chan Task)
	out := make(chan Result)
	var wg sync.WaitGroup
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for t := range in {
				v, err := sqrtTask(t)
				out <- Result{t.ID, v, err, id}
			}
		}(w)
	}
	go func() {
		for _, t := range tasks {
			in <- t
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	var results []Result
	for r := range out {
		results = append(results, r)
	}
	return results
}

func main() {
	tasks := []Task{{1, 16}, {2, 2}, {3, -4}, {4, 0}, {5, 1e6}, {6, -0.5}, {7, 81}}
	results := pool(3, tasks)
	sort.Slice(results, func(i, j int) bool { return results[i].TaskID < results[j].TaskID })
	workersUsed := map[int]bool{}
	var failed []error
	for _, r := range results {
		workersUsed[r.Worker] = true
		if r.Err != nil {
			failed = append(failed, r.Err)
			continue
		}
		fmt.Printf("task %d: %.4f\n", r.TaskID, r.Output)
	}
	err := errors.Join(failed...)
	fmt.Println(err)
	fmt.Println("negative errors:", errors.Is(err, ErrNegative), "count:", len(failed))
	fmt.Println("results:", len(results), "workers used <= 3:", len(workersUsed) <= 3)
}
