package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type report struct {
	mu    sync.Mutex
	lines []string
}

func (r *report) add(format string, args ...any) {
	r.mu.Lock()
	r.lines = append(r.lines, fmt.Sprintf(format, args...))
	r.mu.Unlock()
}

func worker(ctx context.Context, name string, r *report, wg *sync.WaitGroup) {
	defer wg.Done()
	ticks := 0
	for {
		select {
		case <-ctx.Done():
			r.add("%s stopped: %v (cause: %v)", name, ctx.Err(), context.Cause(ctx))
			return
		case <-time.After(5 * time.Millisecond):
			ticks++
		}
	}
}

var errShutdown = errors.New("shutdown requested")

func main() {
	root, cancelRoot := context.WithCancelCause(context.Background())
	r := &report{}
	var wg sync.WaitGroup

	groupA, cancelA := context.WithCancel(root)
	groupB, cancelB := context.WithTimeout(root, 30*time.Millisecond)
	defer cancelB()
	leaf := context.WithValue(groupA, "role", "leaf")

	wg.Add(4)
	go worker(groupA, "a1", r, &wg)
	go worker(leaf, "a2", r, &wg)
	go worker(groupB, "b1", r, &wg)
	go worker(root, "root", r, &wg)

	time.Sleep(10 * time.Millisecond)
	cancelA()
	time.Sleep(60 * time.Millisecond) // b1 times out meanwhile
	cancelRoot(errShutdown)
	wg.Wait()

	sort.Strings(r.lines)
	for _, l := range r.lines {
		fmt.Println(l)
	}
	fmt.Println("leaf role:", leaf.Value("role"), "missing:", leaf.Value("other"))
	fmt.Println(errors.Is(groupB.Err(), context.DeadlineExceeded), context.Cause(root) == errShutdown)
	cancelA()
	cancelRoot(errors.New("second cause ignored"))
	fmt.Println(context.Cause(root))
	_, hasDeadline := groupB.Deadline()
	_, rootDeadline := root.Deadline()
	fmt.Println(hasDeadline, rootDeadline)
	fmt.Println(context.Background(), context.TODO())
}
