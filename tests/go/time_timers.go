package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(50 * time.Millisecond)
	start := time.Now()
	<-t.C
	fmt.Println("fired", time.Since(start).Round(50*time.Millisecond))
	t2 := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t2.Stop(), t2.Stop())
	t2.Reset(10 * time.Millisecond)
	<-t2.C
	fmt.Println("reset fired")
	t3 := time.NewTimer(5 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("stop after expiry:", t3.Stop())
	select {
	case <-t3.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value")
	}
	fired := make(chan string)
	time.AfterFunc(20*time.Millisecond, func() { fired <- "afterfunc" })
	fmt.Println(<-fired)
	af := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println(af.Stop())
	fmt.Println(cap(t.C), len(t3.C))
	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("after")
	}
}
