package main

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/time/rate"
)

func main() {
	lim := rate.NewLimiter(rate.Every(20*time.Millisecond), 2)
	fmt.Println(lim.Limit(), lim.Burst())
	fmt.Println(lim.Allow(), lim.Allow(), lim.Allow())
	start := time.Now()
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		if err := lim.Wait(ctx); err != nil {
			fmt.Println(err)
		}
	}
	el := time.Since(start)
	fmt.Println(el >= 50*time.Millisecond, el < 150*time.Millisecond)
	inf := rate.NewLimiter(rate.Inf, 0)
	fmt.Println(inf.Allow(), inf.Allow())
	zero := rate.NewLimiter(0, 1)
	fmt.Println(zero.Allow(), zero.Allow())
	tctx, cancel := context.WithTimeout(ctx, 5*time.Millisecond)
	defer cancel()
	slow := rate.NewLimiter(rate.Every(time.Hour), 1)
	slow.Allow()
	fmt.Println(slow.Wait(tctx))
	fmt.Println(slow.WaitN(ctx, 2))
	r := rate.NewLimiter(10, 5)
	res := r.ReserveN(time.Now(), 3)
	fmt.Println(res.OK(), res.Delay())
}
