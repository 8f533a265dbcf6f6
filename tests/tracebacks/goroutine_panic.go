package main

import (
	"fmt"
	"time"
)

type Job struct{ name string }

func (j *Job) run() {
	fmt.Println("running", j.name)
	j.step(3)
}

func (j *Job) step(n int) {
	if n == 0 {
		var p *Job
		fmt.Println(p.name)
	}
	j.step(n - 1)
}

func start(j *Job) {
	go func() {
		defer fmt.Println("deferred in goroutine")
		j.run()
	}()
}

func main() {
	start(&Job{name: "a"})
	time.Sleep(time.Second)
}
