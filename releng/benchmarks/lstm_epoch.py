#!/usr/bin/env python3
"""Training speed of the residual LSTM in PyTorch from Python, for comparison with LstmEpochBenchmark (Java).

Same model and data shape: LSTM 2x64 over windows of 50 steps x 3 features, a linear head on the last step, 20,000
training windows and 5,000 validation windows (evaluated each epoch, as the Java trainer does), batch 64, shuffled,
Adam 1e-3, MSE, float32, CPU. Prints seconds per epoch.
"""
import argparse
import math
import time

import torch


class ResidualLstm(torch.nn.Module):
    def __init__(self, features=3, hidden=64, layers=2, outputs=1):
        super().__init__()
        self.lstm = torch.nn.LSTM(features, hidden, num_layers=layers, batch_first=True)
        self.head = torch.nn.Linear(hidden, outputs)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1, :])


def windows(count, length, generator):
    # Like the Java benchmark's data: base forecast, known residuals (mask 1 except at the last step), flag.
    t = torch.arange(length, dtype=torch.float32)
    phase = torch.rand(count, 1, generator=generator) * 6
    base = torch.sin(phase + t * 0.05)
    residual = 0.2 * torch.sin(phase + t * 0.11) + 0.1 * torch.randn(count, length, generator=generator)
    known = torch.ones(count, length)
    known[:, -1] = 0
    x = torch.stack([base, residual * known, known], dim=2)
    y = residual[:, -1:].clone()
    return x, y


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.set_num_interop_threads(1)
    torch.manual_seed(42)
    generator = torch.Generator().manual_seed(1)
    x_train, y_train = windows(20000, 50, generator)
    x_val, y_val = windows(5000, 50, generator)
    model = ResidualLstm()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = torch.nn.MSELoss()
    batch = 64
    times = []
    for epoch in range(1, args.epochs + 1):
        start = time.perf_counter()
        model.train()
        order = torch.randperm(len(x_train))
        total = 0.0
        for i in range(0, len(order), batch):
            idx = order[i:i + batch]
            optimizer.zero_grad()
            loss = loss_fn(model(x_train[idx]), y_train[idx])
            loss.backward()
            optimizer.step()
            total += loss.item() * len(idx)
        model.eval()
        with torch.no_grad():
            val = sum(loss_fn(model(x_val[i:i + 1024]), y_val[i:i + 1024]).item() * len(x_val[i:i + 1024])
                      for i in range(0, len(x_val), 1024)) / len(x_val)
        seconds = time.perf_counter() - start
        times.append(seconds)
        print(f"epoch {epoch}: {seconds:.2f} s (train loss {total / len(x_train):.4f}, validation loss {val:.4f})")
    print(f"Python (torch {torch.__version__}, {args.threads} thread(s)): 20000 training windows, "
          f"{sum(times) / len(times):.2f} s per epoch (mean of {len(times)})")


if __name__ == "__main__":
    main()
