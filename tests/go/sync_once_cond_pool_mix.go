package main

import (
	"bytes"
	"fmt"
	"sync"
)

type Config struct {
	Name  string
	Loads int
}

var (
	loadOnce sync.Once
	cfg      *Config
	loads    int
)

func getConfig() *Config {
	loadOnce.Do(func() {
		loads++
		cfg = &Config{Name: "prod", Loads: loads}
	})
	return cfg
}

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	done  bool
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *Queue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.done {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

var bufPool = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

func render(name string, n int) string {
	buf := bufPool.Get().(*bytes.Buffer)
	defer bufPool.Put(buf)
	buf.Reset()
	fmt.Fprintf(buf, "%s=%d", name, n)
	return buf.String()
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			getConfig()
		}()
	}
	wg.Wait()
	fmt.Printf("%+v loads=%d\n", *getConfig(), loads)

	q := NewQueue()
	sums := make([]int, 3)
	counts := make([]int, 3)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				sums[w] += v
				counts[w]++
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		q.Put(i)
	}
	q.Close()
	wg.Wait()
	total, n := 0, 0
	for w := range sums {
		total += sums[w]
		n += counts[w]
	}
	fmt.Println("consumed", n, "sum", total)

	fmt.Println(render("a", 1), render("b", 22))

	double := sync.OnceValue(func() int {
		fmt.Println("computing once")
		return 21 * 2
	})
	fmt.Println(double(), double())
	pair := sync.OnceValues(func() (string, error) { return "v", fmt.Errorf("cached error") })
	s, err := pair()
	s2, err2 := pair()
	fmt.Println(s, err, s2, err == err2)
	hello := sync.OnceFunc(func() { fmt.Println("hello once") })
	hello()
	hello()
}
