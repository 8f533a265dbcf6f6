package main

import (
	"fmt"
	"time"
)

type StageError struct {
	Stage string
	Code  int
}

func (e *StageError) Error() string {
	return fmt.Sprintf("stage %s failed with code %d", e.Stage, e.Code)
}

func stage(name string, in <-chan int, out chan<- int) {
	defer close(out)
	for v := range in {
		if v > 3 && name == "double" {
			panic(&StageError{name, v})
		}
		out <- v * 2
	}
}

func main() {
	src := make(chan int)
	mid := make(chan int)
	dst := make(chan int)
	go stage("double", src, mid)
	go stage("again", mid, dst)
	go func() {
		for i := 1; i <= 5; i++ {
			src <- i
		}
		close(src)
	}()
	fmt.Println("pipeline started")
	var got []int
	for v := range dst {
		got = append(got, v)
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("not reached", got)
}
