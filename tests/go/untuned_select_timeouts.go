// select with time.After timeouts, first-replica-wins, a heartbeat loop with a deadline, nil channel.
package main

import (
	"fmt"
	"time"
)

func server(name string, delay time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		ch <- name + " replied after " + delay.String()
	}()
	return ch
}

func callWithTimeout(name string, delay, limit time.Duration) {
	select {
	case msg := <-server(name, delay):
		fmt.Println("ok:", msg)
	case <-time.After(limit):
		fmt.Printf("timeout: %s gave up after %v\n", name, limit)
	}
}

func main() {
	callWithTimeout("alpha", 10*time.Millisecond, 50*time.Millisecond)
	callWithTimeout("beta", 80*time.Millisecond, 50*time.Millisecond)

	// first of several replicas wins
	first := make(chan string)
	for i, d := range []int{300, 120, 250} {
		go func() {
			time.Sleep(time.Duration(d) * time.Millisecond)
			select {
			case first <- fmt.Sprintf("replica %d", i):
			default:
			}
		}()
	}
	fmt.Println("fastest:", <-first)

	// heartbeat loop with overall deadline
	deadline := time.After(350 * time.Millisecond)
	beat := time.NewTicker(100 * time.Millisecond)
	defer beat.Stop()
	n := 0
loop:
	for {
		select {
		case <-beat.C:
			n++
			fmt.Println("beat", n)
		case <-deadline:
			fmt.Println("deadline reached")
			break loop
		}
	}
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	case <-time.After(time.Millisecond):
		fmt.Println("nil channel never ready")
	}
}
